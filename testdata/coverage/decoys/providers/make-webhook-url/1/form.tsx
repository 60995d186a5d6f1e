placeholder="https://hook.eu1.make.com/..."
