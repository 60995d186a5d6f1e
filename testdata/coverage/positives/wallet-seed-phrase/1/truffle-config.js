const mnemonic = 'palace kidney eagle eagle bamboo hammer oblige habit canvas banner garage galaxy access abandon napkin napkin cabin dance jacket mammal eager radar basket banner';
