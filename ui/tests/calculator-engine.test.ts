import { describe, expect, it } from "vitest";
import {
  type CalculatorKey,
  DIVIDE_BY_ZERO_MESSAGE,
  ERROR_MESSAGE,
  OVERFLOW_MESSAGE,
  PIN_MAX_DIGITS,
  PIN_MIN_DIGITS,
  RECOVERY_KEY_DIGITS,
  SETUP_CODE,
  hostError,
  initialState,
  keyFromKeyboard,
  routeKey,
  press,
  pressAll,
} from "../src/disguise/calculator-engine";

/** Turns "12+3=" into keys. Letters: n = ±, C = clear, E = CE, B = backspace. */
function keys(seq: string): CalculatorKey[] {
  const map: Record<string, CalculatorKey> = { n: "negate", C: "clear", E: "clearEntry", B: "backspace" };
  return [...seq.replace(/\s+/g, "")].map((ch) => (map[ch] ?? ch) as CalculatorKey);
}

function run(seq: string) {
  return pressAll(keys(seq));
}

function show(seq: string): string {
  return run(seq).display;
}

describe("entry", () => {
  it("starts at 0", () => {
    expect(pressAll([]).display).toBe("0");
    expect(pressAll([]).expression).toBe("");
  });

  it("shows digits as typed and drops leading zeros", () => {
    expect(show("123")).toBe("123");
    expect(show("00012")).toBe("12");
    expect(show("0")).toBe("0");
    expect(show("000")).toBe("0");
  });

  it("handles the decimal point", () => {
    expect(show(".")).toBe("0.");
    expect(show(".5")).toBe("0.5");
    expect(show("1.2.3")).toBe("1.23");
    expect(show("1.50")).toBe("1.50");
    expect(show("0.0")).toBe("0.0");
  });

  it("ignores digits beyond the 12-digit limit", () => {
    expect(show("1234567890123456")).toBe("123456789012");
    expect(show("12345678901.23")).toBe("12345678901.2");
    expect(show("123456789012.")).toBe("123456789012");
    expect(show("0.00000000001234")).toBe("0.00000000001");
  });

  it("a finished entry is shown normalized", () => {
    expect(show("1.50=")).toBe("1.5");
    expect(show("12.=")).toBe("12");
    expect(show("1.50+")).toBe("1.5");
  });
});

describe("arithmetic", () => {
  it.each([
    ["2+3=", "5"],
    ["9-12=", "-3"],
    ["6*7=", "42"],
    ["8/2=", "4"],
    ["7/2=", "3.5"],
    ["1.5*1.5=", "2.25"],
    ["0.1+0.2=", "0.3"],
    ["0.3-0.1=", "0.2"],
    ["1.1*1.1=", "1.21"],
    ["0.7+0.1=", "0.8"],
    ["3*1.1=", "3.3"],
    ["1/3=", "0.333333333333"],
    ["2/3=", "0.666666666667"],
    ["1/3*3=", "1"],
    ["10/4=", "2.5"],
    ["100-99.99=", "0.01"],
    ["-5=", "-5"],
    ["5-5=", "0"],
  ])("%s → %s", (seq, expected) => {
    expect(show(seq)).toBe(expected);
  });

  it("chains left to right like a pocket calculator", () => {
    expect(show("2+3*4=")).toBe("20");
    expect(show("10-2-3=")).toBe("5");
    expect(show("2+3*4-1/3=")).toBe("6.33333333333");
  });

  it("shows the running total when the next operator is pressed", () => {
    const r = run("2+3*");
    expect(r.display).toBe("5");
    expect(r.expression).toBe("5 ×");
  });

  it("shows the pending operation in the expression line", () => {
    expect(run("200+").expression).toBe("200 +");
    expect(run("200+10").expression).toBe("200 +");
    expect(run("7/").expression).toBe("7 ÷");
    expect(run("7-").expression).toBe("7 −");
    expect(run("200+10=").expression).toBe("");
  });

  it("a second operator replaces the first", () => {
    expect(show("2+*3=")).toBe("6");
    expect(show("9*-+1=")).toBe("10");
  });

  it("= without a second operand reuses the first", () => {
    expect(show("5+=")).toBe("10");
    expect(show("5*=")).toBe("25");
  });

  it("= on a bare number just shows it", () => {
    expect(show("42=")).toBe("42");
    expect(show("=")).toBe("0");
  });

  it("continues from a result with an operator", () => {
    expect(show("2+3=*2=")).toBe("10");
    expect(show("2+3=-10=")).toBe("-5");
  });

  it("a digit after = starts a new calculation", () => {
    expect(show("2+3=7")).toBe("7");
    expect(show("2+3=7=")).toBe("7");
    expect(show("2+3=.5=")).toBe("0.5");
    expect(show("2+3=7+1=")).toBe("8");
  });
});

describe("repeated equals", () => {
  it.each([
    ["2+3==", "8"],
    ["2+3===", "11"],
    ["10-2==", "6"],
    ["2*3==", "18"],
    ["81/3==", "9"],
    ["5+==", "15"],
  ])("%s → %s", (seq, expected) => {
    expect(show(seq)).toBe(expected);
  });

  it("adding 0.1 ten times is exactly 1", () => {
    expect(show("0.1+0.1=========")).toBe("1");
  });

  it("operators and percent forget the repeat", () => {
    expect(show("2+3=*=")).toBe("25");
    expect(show("2+3=%=")).toBe("0.05");
  });
});

describe("percent", () => {
  it.each([
    ["200+10%", "220"],
    ["200-10%", "180"],
    ["200*10%", "20"],
    ["50/25%", "200"],
    ["50%", "0.5"],
    ["7.5%", "0.075"],
    ["%", "0"],
    ["200+10%=", "220"],
    ["200+%", "600"],
  ])("%s → %s", (seq, expected) => {
    expect(show(seq)).toBe(expected);
  });

  it("completes the operation: the next digit starts afresh", () => {
    expect(show("200+10%5")).toBe("5");
    expect(show("200+10%*2=")).toBe("440");
  });

  it("divide by 0 % is an error", () => {
    expect(show("50/0%")).toBe(DIVIDE_BY_ZERO_MESSAGE);
  });
});

describe("sign", () => {
  it("toggles the entry", () => {
    expect(show("5n")).toBe("-5");
    expect(show("5nn")).toBe("5");
    expect(show("5n3")).toBe("-53");
    expect(show("1.5n")).toBe("-1.5");
  });

  it("leaves a bare 0 alone but allows -0.x", () => {
    expect(show("n")).toBe("0");
    expect(show(".n")).toBe("-0.");
    expect(show(".n5")).toBe("-0.5");
    expect(show(".n5+1=")).toBe("0.5");
  });

  it("works in calculations", () => {
    expect(show("5n+3=")).toBe("-2");
    expect(show("5-3n=")).toBe("8");
  });

  it("negates a result, and repeat = continues from it", () => {
    expect(show("2+3=n")).toBe("-5");
    expect(show("2+3=n=")).toBe("-2");
  });

  it("right after an operator it negates the first operand as the second", () => {
    expect(show("5+n")).toBe("-5");
    expect(show("5+n=")).toBe("0");
  });
});

describe("clear, clear entry and backspace", () => {
  it("C clears everything", () => {
    expect(show("12+3C")).toBe("0");
    expect(show("12+3C4=")).toBe("4");
    expect(run("12+C").expression).toBe("");
    expect(show("2+3=C=")).toBe("0");
  });

  it("CE clears only the current entry", () => {
    expect(show("12+3E")).toBe("0");
    expect(show("12+3E4=")).toBe("16");
    expect(show("12+3E=")).toBe("12");
    expect(run("12+3E").expression).toBe("12 +");
  });

  it("CE after a result clears it and the repeat", () => {
    expect(show("2+3=E")).toBe("0");
    expect(show("2+3=E=")).toBe("0");
  });

  it("backspace removes the last typed character", () => {
    expect(show("123B")).toBe("12");
    expect(show("1BB")).toBe("0");
    expect(show("1.5B")).toBe("1.");
    expect(show("1.5BB")).toBe("1");
    expect(show("5nB")).toBe("0");
    expect(show(".n5BB")).toBe("0");
    expect(show("12+34B=")).toBe("15");
  });

  it("backspace does nothing to a result or a pending operator", () => {
    expect(show("2+3=B")).toBe("5");
    expect(show("2+3*B")).toBe("5");
    expect(show("2+3*B4=")).toBe("20");
  });
});

describe("errors", () => {
  it("division by zero shows a message", () => {
    const r = run("5/0=");
    expect(r.display).toBe(DIVIDE_BY_ZERO_MESSAGE);
    expect(r.isError).toBe(true);
    expect(r.expression).toBe("");
    expect(show("0/0=")).toBe(DIVIDE_BY_ZERO_MESSAGE);
    expect(show("5/0+")).toBe(DIVIDE_BY_ZERO_MESSAGE);
    expect(show("5/=")).toBe("1");
  });

  it("recovers on the next key, which then works normally", () => {
    expect(show("5/0=7")).toBe("7");
    expect(show("5/0=7+1=")).toBe("8");
    expect(show("5/0=.")).toBe("0.");
    expect(show("5/0=C")).toBe("0");
    expect(show("5/0=B")).toBe("0");
    expect(run("5/0=+").isError).toBe(false);
    expect(show("5/0==")).toBe("0");
  });

  it("overflows past 1e100 and flushes tiny results to 0", () => {
    expect(show("999999999999*=======")).toBe("9.99999999992e+95");
    expect(show("999999999999*========")).toBe(OVERFLOW_MESSAGE);
    expect(run("999999999999*========").isError).toBe(true);
    expect(show("999999999999*========1")).toBe("1");
    expect(show("0.000000000001*========")).toBe("0");
  });
});

describe("display rounding and notation", () => {
  it.each([
    ["999999999999+1=", "1e+12"],
    ["123456789012*1000=", "1.23456789012e+14"],
    ["999999999999*999999999999=", "9.99999999998e+23"],
    ["1/7=", "0.142857142857"],
    ["1/1000000=", "0.000001"],
    ["1/10000000=", "1e-7"],
    ["2/30000000=", "6.66666666667e-8"],
    ["123456789012+0.4=", "123456789012"],
    ["123456789012+0.5=", "123456789013"],
    ["0.5n-0.00000000001=", "-0.50000000001"],
    ["2/3n=", "-0.666666666667"],
  ])("%s → %s", (seq, expected) => {
    expect(show(seq)).toBe(expected);
  });

  it("keeps hidden guard digits between operations", () => {
    // 1/3 is shown as 0.333333333333 but kept to 24 digits, so ×3 gives 1 again.
    expect(show("1/3=*3=")).toBe("1");
    // (The entry holds 12 digits counting the leading 0, so this subtracts 0.66666666666.)
    expect(show("2/3=-0.666666666666=")).toBe("6.66666666667e-12");
  });
});

describe("purity", () => {
  it("never mutates the state it is given", () => {
    const a = pressAll(keys("12+3")).state;
    const snapshot = JSON.stringify(a, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    press(a, "=");
    press(a, "clear");
    press(a, "9");
    expect(JSON.stringify(a, (_k, v) => (typeof v === "bigint" ? `${v}n` : v))).toBe(snapshot);
    expect(press(a, "=").display).toBe("15");
  });
});

describe("PIN attempts", () => {
  function attempt(seq: string): string | undefined {
    return run(seq).pinAttempt;
  }

  const KEY = "4829137502" + "6614093857" + "2200481937" + "5061728394"; // 40 digits

  it("digits then = is an attempt, and still shows the number", () => {
    const r = run("123456=");
    expect(r.pinAttempt).toBe("123456");
    expect(r.display).toBe("123456");
    expect(r.isError).toBe(false);
    expect(r.setupCode).toBeUndefined();
  });

  it("accepts 4 to 16 digits as a PIN (new ones have 6 or more; older vaults' 4 or 5 still open)", () => {
    expect(PIN_MIN_DIGITS).toBe(4);
    expect(PIN_MAX_DIGITS).toBe(16);
    expect(attempt("123=")).toBeUndefined();
    expect(attempt("1234=")).toBe("1234");
    expect(attempt("12345=")).toBe("12345");
    expect(attempt("123456=")).toBe("123456");
    expect(attempt("123456789012=")).toBe("123456789012");
    expect(attempt("1234567890123456=")).toBe("1234567890123456");
    expect(attempt("12345678901234567=")).toBeUndefined();
    expect(attempt("1234567890123456789=")).toBeUndefined();
  });

  it("records digits past the 12 the display takes", () => {
    const r = run("1234567890123=");
    expect(r.pinAttempt).toBe("1234567890123");
    expect(r.display).toBe("123456789012");
  });

  it("accepts exactly 40 digits as a recovery key, and nothing between 17 and 39 or past 40", () => {
    expect(RECOVERY_KEY_DIGITS).toBe(40);
    const r = run(`${KEY}=`);
    expect(r.pinAttempt).toBe(KEY);
    expect(r.display).toBe("482913750266");
    expect(r.isError).toBe(false);
    expect(attempt(`${KEY.slice(0, 39)}=`)).toBeUndefined();
    expect(attempt(`${KEY}1=`)).toBeUndefined();
    expect(attempt(`${KEY}12=`)).toBeUndefined();
    expect(attempt(`${KEY}${KEY}=`)).toBeUndefined();
    expect(attempt(`${KEY.slice(0, 30)}=`)).toBeUndefined();
  });

  it("a 41st digit then backspace gives the key back", () => {
    expect(attempt(`${KEY}7B=`)).toBe(KEY);
    expect(attempt(`${KEY.slice(0, 39)}9B${KEY.slice(39)}=`)).toBe(KEY);
  });

  it("keeps leading zeros in the PIN though the display drops them", () => {
    const r = run("004217=");
    expect(r.pinAttempt).toBe("004217");
    expect(r.display).toBe("4217");
    expect(attempt("000000=")).toBe("000000");
    expect(attempt(`0000${KEY.slice(4)}=`)).toBe(`0000${KEY.slice(4)}`);
  });

  it("fewer than 4 digits then = is only a calculation, and 0000 is for the host, never a PIN", () => {
    for (const seq of ["1=", "12=", "123=", "0=", "000="]) {
      const r = run(seq);
      expect(r.pinAttempt).toBeUndefined();
      expect(r.setupCode).toBeUndefined();
    }
    const setup = run(`${SETUP_CODE}=`);
    expect(setup.setupCode).toBe(true);
    expect(setup.pinAttempt).toBeUndefined();
    expect(setup.display).toBe("0");
    expect(run("2+3=0000=").setupCode).toBe(true);
    expect(run("00000B=").setupCode).toBe(true);
    expect(run("0+000=").setupCode).toBeUndefined();
    expect(run("0000n=").setupCode).toBeUndefined();
    expect(run("0000==").setupCode).toBeUndefined();
  });

  it("is reported only on =, not while typing", () => {
    expect(run("123456").pinAttempt).toBeUndefined();
    expect(run("123456+").pinAttempt).toBeUndefined();
    expect(run("123456%").pinAttempt).toBeUndefined();
    expect(run(KEY).pinAttempt).toBeUndefined();
  });

  it("is not an attempt when an operator, point, % or ± was used", () => {
    expect(attempt("12+3456=")).toBeUndefined();
    expect(attempt("123456+567890=")).toBeUndefined();
    expect(attempt("2+123456=")).toBeUndefined();
    expect(attempt("0.5=")).toBeUndefined();
    expect(attempt("1234.5678=")).toBeUndefined();
    expect(attempt("123456n=")).toBeUndefined();
    expect(attempt("123456nn=")).toBeUndefined();
    expect(attempt("123456%=")).toBeUndefined();
    expect(attempt("+123456=")).toBeUndefined();
    expect(attempt(`${KEY.slice(0, 20)}+${KEY.slice(20)}=`)).toBeUndefined();
  });

  it("an operator taints the candidate until the next reset point, even after CE", () => {
    expect(attempt("5+E123456=")).toBeUndefined();
    expect(attempt("5+BBBB123456=")).toBeUndefined();
    expect(attempt("2+3%123456=")).toBeUndefined();
  });

  it("every = is a reset point: digits typed after a result, then =, are an attempt", () => {
    expect(attempt("2+3=123456=")).toBe("123456");
    expect(show("2+3=123456=")).toBe("123456");
    expect(attempt("2+3==123456=")).toBe("123456");
    expect(attempt("111111=222222=")).toBe("222222");
    expect(attempt(`123=${KEY}=`)).toBe(KEY);
  });

  it("C, an error and the host's fresh state are reset points", () => {
    expect(attempt("12+3C123456=")).toBe("123456");
    expect(attempt("5/0=123456=")).toBe("123456");
    expect(attempt("5/0+123456=")).toBe("123456"); // the error happens at "+"
    expect(attempt("5/0=+123456=")).toBeUndefined(); // "+" after the error starts "0 +"
    expect(pressAll(keys("123456="), initialState()).pinAttempt).toBe("123456");
  });

  it("a second = does not repeat the attempt", () => {
    expect(attempt("123456==")).toBeUndefined();
    expect(show("123456==")).toBe("123456");
  });

  it("backspace removes the last recorded digit; CE discards them", () => {
    expect(attempt("1234567B=")).toBe("123456");
    expect(attempt("123459B6=")).toBe("123456");
    expect(attempt("99E123456=")).toBe("123456");
    expect(attempt("123456BBB=")).toBeUndefined();
    expect(attempt(`${KEY.slice(0, 20)}E${KEY}=`)).toBe(KEY);
  });

  it("a wrong PIN looks exactly like a calculation", () => {
    const withPin = run("123456=");
    const calc = run("123450+6=");
    expect(withPin.display).toBe(calc.display);
    expect(withPin.expression).toBe(calc.expression);
    expect(withPin.isError).toBe(calc.isError);
  });

  it("forgets the digits after reporting them", () => {
    expect(run("123456=").state.pinDigits).toBe("");
    expect(run(`${KEY}=`).state.pinDigits).toBe("");
  });

  it("never records more than one digit past a recovery key", () => {
    expect(run(`${KEY}${KEY}`).state.pinDigits).toHaveLength(RECOVERY_KEY_DIGITS + 1);
  });
});

describe("the host's Error", () => {
  it("shows exactly Error, like a calculator, with nothing above it", () => {
    const r = hostError();
    expect(r.display).toBe("Error");
    expect(r.display).toBe(ERROR_MESSAGE);
    expect(r.expression).toBe("");
    expect(r.isError).toBe(true);
    expect(r.pinAttempt).toBeUndefined();
  });

  it("the next key starts afresh and is then processed", () => {
    const e = hostError().state;
    expect(press(e, "7").display).toBe("7");
    expect(press(e, "+").display).toBe("0");
    expect(press(e, "+").expression).toBe("0 +");
    expect(press(e, "clear").display).toBe("0");
    expect(press(e, "=").display).toBe("0");
    expect(press(e, "backspace").display).toBe("0");
  });

  it("is a reset point for the PIN gesture", () => {
    expect(pressAll(keys("123456="), hostError().state).pinAttempt).toBe("123456");
    expect(pressAll(keys(`${"1".repeat(40)}=`), hostError().state).pinAttempt).toBe("1".repeat(40));
  });
});

describe("keyboard map", () => {
  it.each([
    [{ key: "7" }, "7"],
    [{ key: "0", code: "Numpad0" }, "0"],
    [{ key: "." }, "."],
    [{ key: ",", code: "NumpadDecimal" }, "."],
    [{ key: "," }, null],
    [{ key: "+" }, "+"],
    [{ key: "-" }, "-"],
    [{ key: "*" }, "*"],
    [{ key: "x" }, "*"],
    [{ key: "X" }, "*"],
    [{ key: "/" }, "/"],
    [{ key: "Enter" }, "="],
    [{ key: "Enter", code: "NumpadEnter" }, "="],
    [{ key: "=" }, "="],
    [{ key: "%" }, "%"],
    [{ key: "Backspace" }, "backspace"],
    [{ key: "Delete" }, "clearEntry"],
    [{ key: "Escape" }, "clear"],
    [{ key: "F9" }, "negate"],
    [{ key: "a" }, null],
    [{ key: "Shift" }, null],
    [{ key: "Tab" }, null],
    [{ key: " " }, null],
    [{ key: "c", ctrlKey: true }, null],
    [{ key: "7", ctrlKey: true }, null],
    [{ key: "7", altKey: true }, null],
    [{ key: "7", metaKey: true }, null],
    [{ key: "/", ctrlKey: true, altKey: true }, "/"], // AltGr
  ] as const)("%j → %s", (event, expected) => {
    expect(keyFromKeyboard(event)).toBe(expected);
  });
});

describe("routeKey (where focus is decides what Space and Enter do)", () => {
  it("Space where the calculator keeps focus does nothing, however often (a key typed with spaces)", () => {
    expect(routeKey({ key: " " }, false)).toEqual({ action: "swallow" });
    expect(routeKey({ key: "Spacebar" }, false)).toEqual({ action: "swallow" });
  });

  it("Space and Enter on a key someone tabbed to press that key, as on any button", () => {
    expect(routeKey({ key: " " }, true)).toEqual({ action: "native" });
    expect(routeKey({ key: "Enter", code: "Enter" }, true)).toEqual({ action: "native" });
  });

  it("Enter elsewhere, and the number pad's Enter anywhere, is =", () => {
    expect(routeKey({ key: "Enter", code: "Enter" }, false)).toEqual({ action: "press", key: "=" });
    expect(routeKey({ key: "Enter", code: "NumpadEnter" }, true)).toEqual({ action: "press", key: "=" });
  });

  it("digits and operators go to the calculator wherever focus is", () => {
    expect(routeKey({ key: "7" }, true)).toEqual({ action: "press", key: "7" });
    expect(routeKey({ key: "7" }, false)).toEqual({ action: "press", key: "7" });
    expect(routeKey({ key: "=" }, true)).toEqual({ action: "press", key: "=" });
  });

  it("leaves other keys and shortcuts alone", () => {
    expect(routeKey({ key: "Tab" }, true)).toEqual({ action: "ignore" });
    expect(routeKey({ key: "Tab" }, false)).toEqual({ action: "ignore" });
    expect(routeKey({ key: " ", ctrlKey: true }, false)).toEqual({ action: "ignore" });
    expect(routeKey({ key: " ", ctrlKey: true }, true)).toEqual({ action: "ignore" });
    expect(routeKey({ key: "c", ctrlKey: true }, false)).toEqual({ action: "ignore" });
  });

  it("the recovery key typed with its spaces is only its digits", () => {
    const key = "72752 38873 08634 70583 45807 11314 24721 02534";
    const pressed = [...key]
      .map((ch) => routeKey({ key: ch }, false))
      .flatMap((r) => (r.action === "press" ? [r.key] : []));
    expect(pressed.join("")).toBe(key.replace(/ /g, ""));
    const then = routeKey({ key: "Enter", code: "Enter" }, false);
    expect(then).toEqual({ action: "press", key: "=" });
    expect(pressAll([...pressed, "="]).pinAttempt).toBe(key.replace(/ /g, ""));
  });
});
