'configcat-sdk-1/mEyPoE7FqTM373-IrHpVWJ/_0fIFZ_bubNEwzPkNk7LP'
