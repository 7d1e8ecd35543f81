/** Installs the CustomFunctions shim (see custom-functions-shim.js). */
declare const shim: { Error: typeof CustomFunctions.Error; ErrorCode: typeof CustomFunctions.ErrorCode };
export = shim;
