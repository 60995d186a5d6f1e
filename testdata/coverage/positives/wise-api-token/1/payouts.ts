const transferwiseApiKey = "29ea2bc4-7017-a4d3-d7e0-0bea949ac0d2";
