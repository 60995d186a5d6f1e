import { queryExecutionClient } from '@dynatrace-sdk/client-query';

// Posts the open problems to the on-call service.
const DT_API_TOKEN = 'dt0c01.CQTJKSZPRFK5CKNC7JBD4R6C.C6PKYQJR2I5PSGRGIUF7KFEBCSORV4QPAFUH76SL3OQGGUCSCELDOERZSD6DRRJY';

export default async function (payload: { channel: string }) {
  const res = await fetch('https://abc12345.live.dynatrace.com/api/v2/problems', {
    headers: { Authorization: `Api-Token ${DT_API_TOKEN}` },
  });
  return res.json();
}
