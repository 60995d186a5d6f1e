const sparkpost = new SparkPost('x');
const sparkpostKey = 'd2664b0b62573544acd5d0a6c59039e6e59cf565';
