const miro = new MiroApi('eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_QGBQzR6honxlhoAA2ZxhgaWR4St');
