const hunterKey = '0de5d5e0ed04bfd4932db26d487339b004f918ec';
