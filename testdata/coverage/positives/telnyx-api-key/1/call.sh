curl -H "Authorization: Bearer KEY0155D222CBA33404FB301C2AFA746DC6_mJNs9uCc3fW3vlKztTR0pn" https://api.telnyx.com/v2/calls
