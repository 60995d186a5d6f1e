PaystackPop.setup({ key: 'pk_live_96110ec09bba5126119324dcfa176c515faf7b6c' });
