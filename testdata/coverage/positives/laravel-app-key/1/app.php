    'key' => env('APP_KEY', 'base64:h9AQRhZysa6NaTJ+via48t9oxSZVRgIiEzeT3kC17WQ='),
