client = ovh.Client(
    endpoint='ovh-eu',
    application_key='cAvZPz4QsEB3wAg8',
    consumer_key='1BJXFbwNIGxLktcFApDIwnOQb4t94oiz',
)
