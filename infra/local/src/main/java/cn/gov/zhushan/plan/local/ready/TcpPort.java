package cn.gov.zhushan.plan.local.ready;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks: does something answer, and could we listen here. */
public final class TcpPort {

    private TcpPort() {
    }

    public static boolean answers(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Binding the wildcard address fails if anyone listens on the port at any local address, which
     * is what a child that binds 0.0.0.0 or 127.0.0.1 would run into.
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
