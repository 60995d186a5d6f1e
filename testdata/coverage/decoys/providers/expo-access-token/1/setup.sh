export EXPO_TOKEN=your-expo-token
