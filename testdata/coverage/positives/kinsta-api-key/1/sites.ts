const kinstaApiKey = "3ui1s92qz6oVf5U31It3ocmOSKdbhSnYroiJEMFOUju07904";
const KINSTA_COMPANY = "x";
