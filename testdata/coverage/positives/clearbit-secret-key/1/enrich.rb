Clearbit.key = 'x'
clearbit_key = 'sk_3a744cd65938b716e9e84f4f9e675a50'
