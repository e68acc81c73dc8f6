package cn.gov.zhushan.plan.auth.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The staff sign-in form (Chinese, one static page; Spring Security's form login handles the POST). */
@Controller
class SignInPageController {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String signIn(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        boolean signedOut = request.getParameter("logout") != null;
        String message = failed ? "<p class=\"msg err\" role=\"alert\">用户名或密码不正确 / Wrong user name or password</p>"
                : signedOut ? "<p class=\"msg\" role=\"status\">已退出 / Signed out</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="icon" href="data:,">
                <title>登录 · 珠山区国民经济和社会发展计划平台</title>
                <style>
                body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f3f5f8;margin:0;
                display:flex;min-height:100vh;align-items:center;justify-content:center;color:#1d2733}
                form{background:#fff;padding:2rem 2.2rem;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);width:min(22rem,90vw)}
                h1{font-size:1.2rem;margin:0 0 1.2rem}label{display:block;margin:.8rem 0 .3rem}
                input{width:100%%;box-sizing:border-box;padding:.55rem;border:1px solid #9aa7b4;border-radius:4px;font-size:1rem}
                input:focus,button:focus{outline:3px solid #1f6feb;outline-offset:1px}
                button{margin-top:1.3rem;width:100%%;padding:.6rem;border:0;border-radius:4px;background:#b3261e;color:#fff;font-size:1rem}
                .msg{padding:.5rem;border-radius:4px;background:#e8f0fe}.err{background:#fde7e7}
                </style></head><body>
                <form method="post" action="login">
                <h1>珠山区计划平台 · 工作人员登录</h1>
                %s
                <label for="username">用户名 (User name)</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">密码 (Password)</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit" id="sign-in">登录 / Sign in</button>
                </form></body></html>
                """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
