function getSourceSecret_(id) {}
updatesecret_impl(x)
