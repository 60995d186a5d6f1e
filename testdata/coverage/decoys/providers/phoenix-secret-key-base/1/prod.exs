  secret_key_base: "VSi0hdYHcgqtNemwiDP/6P5piyOyQanYnWq2VM/DdMrkh33zfnvpxLodJhG6ZFi"
