const agoraAppCertificate = '94f29ca7a229f469cf514118762f9275';
