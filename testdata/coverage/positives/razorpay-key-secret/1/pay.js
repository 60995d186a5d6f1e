const razorpaySecret = 'qibnVWkrifwoHSORq958Nv5b';
