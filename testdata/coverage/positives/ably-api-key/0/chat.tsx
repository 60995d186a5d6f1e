const client = new Ably.Realtime({ key: 'xF4I92.HzLEav:cYuasy_2vYJ5_EVElwSMh-gKpzO-imGBFf3CZJJ90pW', clientId: user.id });
