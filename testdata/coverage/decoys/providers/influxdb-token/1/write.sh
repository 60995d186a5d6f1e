influx write --bucket metrics --token "$INFLUX_TOKEN" --file data.lp
