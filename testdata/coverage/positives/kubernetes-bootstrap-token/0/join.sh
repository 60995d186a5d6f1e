kubeadm join 10.0.0.10:6443 --token vcvuz3.w1vdrsketae0ikry --discovery-token-ca-cert-hash sha256:b65eeca7f098f1f009a10b0e231a988f5d553579cffff7fc40b2b53230cad016
