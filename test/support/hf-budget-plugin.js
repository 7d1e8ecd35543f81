/**
 * Registers the SAME adapter functions that Excel calls as BUDGET.* functions of HyperFormula
 * (test-only, GPL-3.0 devDependency, never bundled). Built from the generated functions.json metadata
 * (parameter dimensionality, optional flags, result shape) and the id → wrapper table (catalog), so the
 * headless engine calls our code the way Excel does:
 * - scalar parameters: one value; an empty cell or an omitted argument arrives as null (like Excel on
 *   the web); error arguments propagate without calling us (like Excel);
 * - matrix parameters: a 2-D array with null for empty cells;
 * - a thrown CustomFunctions.Error becomes a HyperFormula error (#VALUE! → #WERT!, #N/A → #NV) with the message;
 * - matrix results spill. HyperFormula fixes a spill's size when the formula is parsed, so the size is
 *   the fixed size the catalog declares (e.g. RESTE: 5 × 2) or else predicted by a dry run with the
 *   argument values at parse time (Excel re-spills on every calculation; HyperFormula does not).
 * Plain CommonJS so that tests and bench/formulas.bench.js share it.
 */
"use strict";

function createBudgetPlugin(hf, metadata, functionsById, fixedSizes = {}, namespace = "BUDGET") {
  const { FunctionPlugin, FunctionArgumentType, CellError, ErrorType, SimpleRangeValue, ArraySize, EmptyValue } = hf;

  const toJs = (v) => (v === EmptyValue || v === undefined ? null : v);
  const fromRange = (v) => (v instanceof SimpleRangeValue ? v.data.map((row) => row.map(toJs)) : [[toJs(v)]]);

  function toCellError(e) {
    const cf = globalThis.CustomFunctions;
    if (cf && e instanceof cf.Error) {
      const type = e.code === cf.ErrorCode.notAvailable ? ErrorType.NA : ErrorType.VALUE;
      return new CellError(type, e.message);
    }
    throw e; // a bug in an adapter must fail the test loudly
  }

  class BudgetPlugin extends FunctionPlugin {}
  BudgetPlugin.implementedFunctions = {};
  const translations = {};

  for (const fn of metadata.functions) {
    const impl = functionsById[fn.id];
    if (!impl) throw new Error(`no wrapper for ${fn.id}`);
    const name = `${namespace}.${fn.name}`;
    const isMatrix = (p) => p.dimensionality === "matrix";
    const resultMatrix = fn.result && fn.result.dimensionality === "matrix";
    const method = `call_${fn.id}`;
    const sizeMethod = `size_${fn.id}`;
    BudgetPlugin.implementedFunctions[name] = {
      method,
      parameters: fn.parameters.map((p) => ({
        argumentType: isMatrix(p) ? FunctionArgumentType.RANGE : FunctionArgumentType.NOERROR,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
      ...(resultMatrix ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true } : {}),
    };
    translations[name] = name;

    const convert = (args) =>
      fn.parameters.map((p, i) => {
        const a = args[i];
        if (a === undefined) return null; // omitted optional argument
        return isMatrix(p) ? fromRange(a) : toJs(a);
      });
    const invoke = (args) => {
      try {
        const out = impl(...convert(args));
        if (!resultMatrix) return out;
        if (out.length === 1 && out[0].length === 1) return out[0][0];
        return SimpleRangeValue.onlyValues(out);
      } catch (e) {
        return toCellError(e);
      }
    };

    BudgetPlugin.prototype[method] = function (ast, state) {
      return this.runFunction(ast.args, state, this.metadata(name), (...args) => invoke(args));
    };
    if (resultMatrix) {
      BudgetPlugin.prototype[sizeMethod] = function (ast, state) {
        const fixed = fixedSizes[fn.id];
        if (fixed) return new ArraySize(fixed.cols, fixed.rows);
        try {
          const args = ast.args.map((a) => this.evaluateAst(a, state));
          if (args.some((a) => a instanceof CellError)) return ArraySize.scalar();
          const out = impl(...convert(args.map((a, i) => (fn.parameters[i] && isMatrix(fn.parameters[i]) ? a : a instanceof SimpleRangeValue ? a.data[0][0] : a))));
          return new ArraySize(out[0].length, out.length);
        } catch (e) {
          if (process.env.HF_DEBUG) console.log("dry run", fn.id, e);
          return ArraySize.scalar(); // an error result occupies one cell
        }
      };
    }
  }
  return { BudgetPlugin, translations: { enGB: translations, deDE: translations } };
}

/** Registers deDE and the BUDGET plugin once per HyperFormula module. */
function registerBudget(hf, metadata, functionsById, deDE, fixedSizes = {}) {
  if (!hf.HyperFormula.getRegisteredLanguagesCodes().includes("deDE")) hf.HyperFormula.registerLanguage("deDE", deDE);
  const { BudgetPlugin, translations } = createBudgetPlugin(hf, metadata, functionsById, fixedSizes);
  for (const name of Object.keys(BudgetPlugin.implementedFunctions)) {
    if (hf.HyperFormula.getRegisteredFunctionNames("deDE").includes(name)) hf.HyperFormula.unregisterFunction(name);
  }
  hf.HyperFormula.registerFunctionPlugin(BudgetPlugin, translations);
}

/** German Excel settings: `;` between arguments, decimal comma. */
const GERMAN_CONFIG = Object.freeze({
  licenseKey: "gpl-v3",
  language: "deDE",
  functionArgSeparator: ";",
  decimalSeparator: ",",
  thousandSeparator: ".",
});

module.exports = { createBudgetPlugin, registerBudget, GERMAN_CONFIG };
