package org.lilims.analysis.eis;

/**
 * One parameter of an equivalent circuit.
 *
 * @param name impedance.py's name: the element's name for one-parameter elements ({@code R0}), else the element's
 * name, an underscore and the index ({@code CPE1_0} for Q, {@code CPE1_1} for α)
 * @param element the element's name in the circuit, e.g. {@code CPE1}
 * @param quantity the parameter's symbol in the element: {@code R}, {@code C}, {@code L}, {@code Q}, {@code alpha},
 * {@code sigma} or {@code tau}
 * @param unit unit symbol ({@code Ω}, {@code F}, {@code H}, {@code Ω⁻¹·sᵅ}, {@code Ω·s^-½}, {@code s}, or {@code 1}
 * when dimensionless)
 */
public record CircuitParameter(String name, String element, String quantity, String unit) {
}
