#!/usr/bin/env python3
"""An OpenID provider on 127.0.0.1 for tests: Authlib's OAuth 2.0 authorization server
with the device authorization grant (RFC 8628) and refresh tokens, ID tokens signed RS256
with joserfc, and a discovery document and key set as OpenID Connect Discovery has them;
and the authorization-code flow with PKCE (RFC 7636, S256 only) that samkal's web pages
sign in with: GET /authorize shows a form asking for an email address (the test's
"login page"), POST /authorize sends the browser back with a one-time code.

The PyPI package oidc-provider-mock has no device grant (its token endpoint takes only
the authorization-code and refresh grants), which is how the command line signs in; this
provider is built from the same libraries it uses (Authlib, joserfc, Flask).

Usage:
    python3 Tests/Support/oidc_provider.py [--port 0] [--token-lifetime SECONDS]
        [--interval SECONDS] [--ignore-stdin]

Once listening, exactly one line "PORT <number>" is printed to stdout; the issuer is
http://127.0.0.1:<number>. The server exits on SIGTERM or when stdin reaches EOF.

What a person does in the browser is one request here:
    POST /device/approve   user_code=ABCD-EFGH&email=kari.vagen@afjord.example.no
    POST /device/deny      user_code=ABCD-EFGH
    GET  /authorize?response_type=code&client_id=…&redirect_uri=…&state=…
         &code_challenge=…&code_challenge_method=S256   (then the form: email)
Clients: any client id is a public client (token_endpoint_auth_method "none").
"""

import argparse
import base64
import hashlib
import secrets
import sys
import threading
import time
import urllib.parse

import flask
import markupsafe
from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oauth2.rfc8628 import (
    DEVICE_CODE_GRANT_TYPE,
    DeviceAuthorizationEndpoint,
    DeviceCodeGrant,
    DeviceCredentialDict,
)
from joserfc import jwt
from joserfc.jwk import RSAKey
from werkzeug.serving import make_server


class Client(ClientMixin):
    def __init__(self, client_id):
        self.client_id = client_id

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return None

    def get_allowed_scope(self, scope):
        return scope or "openid email"

    def check_redirect_uri(self, redirect_uri):
        return False

    def check_client_secret(self, client_secret):
        return False

    def check_endpoint_auth_method(self, method, endpoint):
        return method == "none"

    def check_response_type(self, response_type):
        return False

    def check_grant_type(self, grant_type):
        return grant_type in (DEVICE_CODE_GRANT_TYPE, "refresh_token")


class User:
    def __init__(self, email):
        self.email = email

    def get_user_id(self):
        return "sub-" + self.email


class RefreshToken:
    def __init__(self, token, client_id, user, scope):
        self.token, self.client_id, self.user, self.scope = token, client_id, user, scope
        self.revoked = False

    def get_scope(self):
        return self.scope

    def check_client(self, client):
        return client.get_client_id() == self.client_id

    def is_expired(self):
        return False

    def is_revoked(self):
        return self.revoked


def build_app(token_lifetime, interval):
    app = flask.Flask("oidc_provider")
    lock = threading.Lock()
    devices = {}  # device_code -> DeviceCredentialDict
    grants_by_code = {}  # user_code -> (User, approved)
    refresh_tokens = {}  # token -> RefreshToken
    key = RSAKey.generate_key(2048, parameters={"kid": "test-rsa-1", "use": "sig", "alg": "RS256"})

    def issuer():
        return flask.request.host_url.rstrip("/")

    def generate_token(grant_type, client, user=None, scope=None, expires_in=None, include_refresh_token=True):
        now = int(time.time())
        claims = {
            "iss": issuer(),
            "sub": user.get_user_id(),
            "aud": client.get_client_id(),
            "iat": now,
            "nbf": now,
            "exp": now + token_lifetime,
            "email": user.email,
            "email_verified": True,
        }
        id_token = jwt.encode({"alg": "RS256", "kid": "test-rsa-1", "typ": "JWT"}, claims, key)
        token = {
            "token_type": "Bearer",
            "access_token": secrets.token_urlsafe(32),
            "id_token": id_token,
            "expires_in": token_lifetime,
            "scope": scope or "openid email",
        }
        if include_refresh_token:
            refresh = secrets.token_urlsafe(32)
            with lock:
                refresh_tokens[refresh] = RefreshToken(refresh, client.get_client_id(), user, scope)
            token["refresh_token"] = refresh
        return token

    server = AuthorizationServer(app, query_client=Client, save_token=lambda token, request: None)
    server.register_token_generator("default", generate_token)

    class DeviceEndpoint(DeviceAuthorizationEndpoint):
        INTERVAL = interval

        def get_verification_uri(self):
            return issuer() + "/device"

        def save_device_credential(self, client_id, scope, data):
            credential = DeviceCredentialDict(client_id=client_id, scope=scope, expires_at=time.time() + self.EXPIRES_IN, **data)
            with lock:
                devices[data["device_code"]] = credential

    class DeviceGrant(DeviceCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["none"]

        def query_device_credential(self, device_code):
            with lock:
                return devices.get(device_code)

        def query_user_grant(self, user_code):
            with lock:
                return grants_by_code.get(user_code)

        def should_slow_down(self, credential):
            return False

    class RefreshGrant(grants.RefreshTokenGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["none"]
        INCLUDE_NEW_REFRESH_TOKEN = True

        def authenticate_refresh_token(self, refresh_token):
            with lock:
                found = refresh_tokens.get(refresh_token)
            return found if found and not found.revoked else None

        def authenticate_user(self, refresh_token):
            return refresh_token.user

        def revoke_old_credential(self, refresh_token):
            refresh_token.revoked = True

    server.register_endpoint(DeviceEndpoint)
    server.register_grant(DeviceGrant)
    server.register_grant(RefreshGrant)

    codes = {}  # code -> dict(client_id, redirect_uri, challenge, email, nonce, expires)

    def signed_id_token(client_id, email, nonce):
        now = int(time.time())
        claims = {
            "iss": issuer(), "sub": "sub-" + email, "aud": client_id, "iat": now, "nbf": now,
            "exp": now + token_lifetime, "email": email, "email_verified": True,
        }
        if nonce:
            claims["nonce"] = nonce
        return jwt.encode({"alg": "RS256", "kid": "test-rsa-1", "typ": "JWT"}, claims, key)

    def loopback(uri):
        return uri.startswith("http://127.0.0.1:") or uri.startswith("http://localhost:")

    @app.get("/authorize")
    def authorize_page():
        args = flask.request.args
        if (args.get("response_type") != "code" or not args.get("client_id") or not loopback(args.get("redirect_uri", ""))
                or args.get("code_challenge_method") != "S256" or len(args.get("code_challenge", "")) < 43):
            return "invalid authorization request", 400
        hidden = "".join(
            f'<input type="hidden" name="{name}" value="{markupsafe.escape(args.get(name, ""))}">'
            for name in ("client_id", "redirect_uri", "state", "code_challenge", "nonce")
        )
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>'
            '<body><main><h1>Test identity provider</h1><form method="post" action="/authorize">' + hidden
            + '<label for="email">Email</label> <input id="email" name="email" type="email" autocomplete="username">'
            + ' <button id="signin" type="submit">Sign in</button></form></main></body></html>'
        )

    @app.post("/authorize")
    def authorize():
        form = flask.request.form
        redirect_uri = form.get("redirect_uri", "")
        if not loopback(redirect_uri) or not form.get("email"):
            return "invalid authorization request", 400
        code = secrets.token_urlsafe(24)
        with lock:
            codes[code] = {
                "client_id": form.get("client_id", ""), "redirect_uri": redirect_uri,
                "challenge": form.get("code_challenge", ""), "email": form["email"],
                "nonce": form.get("nonce", ""), "expires": time.time() + 60,
            }
        separator = "&" if "?" in redirect_uri else "?"
        query = urllib.parse.urlencode({"code": code, "state": form.get("state", "")})
        return flask.redirect(redirect_uri + separator + query, code=302)

    def authorization_code_token():
        form = flask.request.form
        with lock:
            grant = codes.pop(form.get("code", ""), None)
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if (grant is None or grant["expires"] < time.time() or grant["client_id"] != form.get("client_id")
                or grant["redirect_uri"] != form.get("redirect_uri") or not verifier or challenge != grant["challenge"]):
            return flask.jsonify({"error": "invalid_grant"}), 400
        return flask.jsonify({
            "token_type": "Bearer", "access_token": secrets.token_urlsafe(32),
            "id_token": signed_id_token(grant["client_id"], grant["email"], grant["nonce"]),
            "expires_in": token_lifetime, "scope": "openid email",
        })

    @app.get("/.well-known/openid-configuration")
    def discovery():
        base = issuer()
        return flask.jsonify({
            "issuer": base,
            "jwks_uri": base + "/jwks",
            "token_endpoint": base + "/token",
            "authorization_endpoint": base + "/authorize",
            "device_authorization_endpoint": base + "/device_authorization",
            "response_types_supported": ["code", "id_token"],
            "code_challenge_methods_supported": ["S256"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "grant_types_supported": [DEVICE_CODE_GRANT_TYPE, "refresh_token", "authorization_code"],
            "token_endpoint_auth_methods_supported": ["none"],
            "claims_supported": ["sub", "email", "email_verified"],
        })

    @app.get("/jwks")
    def jwks():
        return flask.jsonify({"keys": [key.as_dict(private=False)]})

    @app.post("/device_authorization")
    def device_authorization():
        return server.create_endpoint_response("device_authorization")

    @app.post("/token")
    def token():
        if flask.request.form.get("grant_type") == "authorization_code":
            return authorization_code_token()
        return server.create_token_response()

    @app.get("/device")
    def device_page():
        code = markupsafe.escape(flask.request.args.get("user_code", ""))
        return f'<form method="post" action="/device/approve"><input name="user_code" value="{code}"><input name="email"><button>OK</button></form>'

    @app.post("/device/approve")
    def approve():
        code = flask.request.form.get("user_code", "")
        email = flask.request.form.get("email", "")
        with lock:
            if not any(d.get_user_code() == code for d in devices.values()) or not email:
                return "unknown user code", 400
            grants_by_code[code] = (User(email), True)
        return "approved"

    @app.post("/device/deny")
    def deny():
        code = flask.request.form.get("user_code", "")
        with lock:
            grants_by_code[code] = (User("nobody"), False)
        return "denied"

    return app


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token-lifetime", type=int, default=3600)
    parser.add_argument("--interval", type=int, default=1)
    parser.add_argument("--ignore-stdin", action="store_true")
    arguments = parser.parse_args()
    app = build_app(arguments.token_lifetime, arguments.interval)
    http = make_server("127.0.0.1", arguments.port, app, threaded=True)
    print(f"PORT {http.server_port}", flush=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    if arguments.ignore_stdin:
        thread.join()
    else:
        sys.stdin.read()
    http.shutdown()


if __name__ == "__main__":
    main()
