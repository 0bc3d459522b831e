assert (x, "message")
await x
