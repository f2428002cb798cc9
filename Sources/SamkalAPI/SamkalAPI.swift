// The generated code is the module.
