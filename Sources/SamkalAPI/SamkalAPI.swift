// The module is what swift-openapi-generator makes of openapi.yaml (types, the server
// protocol `APIProtocol` and the `Client`); nothing is written by hand here.
