// Read-only pages whose only forms are GETs: they need no JavaScript, and not hydrating them spares sending
// every number a second time as data.
export const csr = false;
