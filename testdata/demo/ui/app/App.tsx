import React from 'react';

export const App = () => <div>Incident notifier</div>;
