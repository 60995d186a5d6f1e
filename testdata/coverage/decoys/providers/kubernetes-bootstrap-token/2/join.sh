kubeadm join 10.0.0.10:6443 --token $JOIN_TOKEN
