curl -H '17token: BEB5FDAE9478CC6E18102C7DCB004014' https://api.17track.net/track/v2.2/register
