await fetch('https://hook.us2.make.com/t94wfdymmavg7gx6ne7ibluc4sbum3ev', { method: 'POST' });
