placeholder="https://hooks.zapier.com/hooks/catch/..."
