$helpScoutSecret = '3GhQVvTximWwXWZpHyhjrIFxxyT8n9Xy';
