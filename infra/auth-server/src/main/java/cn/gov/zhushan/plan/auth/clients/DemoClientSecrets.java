package cn.gov.zhushan.plan.auth.clients;

import java.util.Set;

/**
 * The demo clients' secrets are public ({@code <client-id>-secret}, README) and their hashes ship in
 * application.yml's {@code local} profile; a configuration that reuses either is refused outside it.
 */
final class DemoClientSecrets {

    static final String SUFFIX = "-secret";

    /** The bcrypt hashes of the local profile's clients (kept in step by DemoClientSecretsTest). */
    static final Set<String> HASHES = Set.of(
            "$2a$10$dXIfovnh.Dd1TEkx1NYOkOuE6o27hINhzS7rUzsY1bEgNDKH3PkfC",
            "$2a$10$5T3EPpMZYxyM2qHDXGLFaOHZTahErpsCK6SBcbEmgFdxLA/AR9WWa",
            "$2a$10$NYv4p4tEUkOJRZZQN6x5HeCOp48scolxBNQXYRZPyv218krysZYny",
            "$2a$10$eSOD9NKL3wmbu9RFfdkFle5pA5KQGXjNMZM78gOeyv78/JKEuuxiS",
            "$2a$10$ywUFe3ntBLSVAooyGQi5Y.xzXofWwqBN3hmEoMTXgohrIV1mCZ9z.",
            "$2a$10$NQtE5gLsCVMthd11RhYLlunbqkAC2dj5sfTjkXvB/9EDK4wQLJk/2",
            "$2a$10$ktbU1tBd/w6SK1gCvj0ma.IwDuwgMGqHYi8aQW1rCceIaAsil1F5a",
            "$2a$10$qgA/N/QXfbNxnp4r38F3supL6LdMamgNccqkvblRCi57Sv45O4Xta",
            "$2a$10$TjZe0bVFGnwH6UJFYMJgBu6vfIa2qMBWHLpZKHYyvzyDp9lRQ.qMG",
            "$2a$10$/1MuS/4oVpX5YrGH.Mj.JeqNp8LOXNMx8pmj/tCHuQfsN/npKhpCO");

    private DemoClientSecrets() {
    }
}
