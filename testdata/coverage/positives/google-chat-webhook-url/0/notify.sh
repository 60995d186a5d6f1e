curl -X POST 'https://chat.googleapis.com/v1/spaces/bSsYNJYjXiu/messages?key=UcHdGi_XGekeuOOQOj1R8jKFVjXwHAamXz-cM9E&token=ZFgPJdmAOCGcKU7pi219x4UKoYtYv6ljJ2D3aS72cY7%3D' -d '{}'
