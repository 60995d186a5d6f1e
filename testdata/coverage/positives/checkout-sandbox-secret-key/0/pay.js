const cko = new Checkout('sk_sbox_fshua7outxgmod5y3eq6uqyhlhp', { pk: 'pk_sbox_soquiunca64f34nid2qvamb5ngs' });
