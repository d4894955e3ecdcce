// Passkeys (ADR 0031): adding one from the profile, signing in with one, and passing the second factor with one,
// through Spring Security's WebAuthn endpoints, which answer in JSON. Every message shown comes from the page's
// data-* attributes, in the person's language. Without WebAuthn in the browser the passkey buttons stay hidden and the
// page says so; the other ways to sign in are unchanged.
(function () {
  "use strict";

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = "";
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  }

  function decode(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    var binary = window.atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function supported() {
    return !!(window.PublicKeyCredential && navigator.credentials && navigator.credentials.create &&
      navigator.credentials.get && window.fetch);
  }

  function post(form, url, body) {
    var field = form.querySelector("input[name='" + form.getAttribute("data-csrf-parameter") + "']");
    var options = {
      method: "POST",
      credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-TOKEN": field ? field.value : ""}
    };
    if (body) {
      options.body = JSON.stringify(body);
    }
    return fetch(url, options);
  }

  // A message of the form's data-error-* attributes, in its alert; the reason names one ("label", "failed", ...).
  function fail(form, reason) {
    var attribute = "data-error-" + reason.replace(/[A-Z]/g, function (c) {
      return "-" + c.toLowerCase();
    });
    var text = form.getAttribute(attribute) || form.getAttribute("data-error-failed");
    var alert = form.querySelector("[role=alert]");
    alert.textContent = text;
    alert.hidden = false;
    var button = form.querySelector("button");
    if (button) {
      button.disabled = false;
    }
  }

  function reasonOf(error) {
    // The person closed the browser's window, or it timed out: not a fault of theirs to explain at length.
    return error && (error.name === "NotAllowedError" || error.name === "AbortError") ? "cancelled" : "failed";
  }

  async function json(response) {
    try {
      return await response.json();
    } catch (e) {
      return {};
    }
  }

  async function signIn(form) {
    var optionsResponse = await post(form, "/webauthn/authenticate/options");
    if (!optionsResponse.ok) {
      return fail(form, "failed");
    }
    var options = await optionsResponse.json();
    options.challenge = decode(options.challenge);
    options.allowCredentials = (options.allowCredentials || []).map(function (c) {
      return Object.assign({}, c, {id: decode(c.id)});
    });
    var credential;
    try {
      credential = await navigator.credentials.get({publicKey: options});
    } catch (e) {
      return fail(form, reasonOf(e));
    }
    var response = credential.response;
    var answer = await post(form, "/login/webauthn", {
      id: credential.id,
      rawId: encode(credential.rawId),
      response: {
        authenticatorData: encode(response.authenticatorData),
        clientDataJSON: encode(response.clientDataJSON),
        signature: encode(response.signature),
        userHandle: response.userHandle ? encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    var result = await json(answer);
    if (!answer.ok || !result.authenticated || !result.redirectUrl) {
      return fail(form, result.error || "failed");
    }
    window.location.assign(result.redirectUrl);
  }

  async function register(form) {
    var input = form.querySelector("input[name=label]");
    var label = input.value.trim();
    if (!label || label.length > parseInt(input.getAttribute("maxlength"), 10)) {
      input.setAttribute("aria-invalid", "true");
      fail(form, "label");
      input.focus();
      return;
    }
    input.removeAttribute("aria-invalid");
    var optionsResponse = await post(form, "/webauthn/register/options");
    if (!optionsResponse.ok) {
      var refused = await json(optionsResponse);
      return fail(form, refused.error || "failed");
    }
    var options = await optionsResponse.json();
    options.challenge = decode(options.challenge);
    options.user = Object.assign({}, options.user, {id: decode(options.user.id)});
    options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
      return Object.assign({}, c, {id: decode(c.id)});
    });
    var credential;
    try {
      credential = await navigator.credentials.create({publicKey: options});
    } catch (e) {
      return fail(form, reasonOf(e));
    }
    var response = credential.response;
    var answer = await post(form, "/webauthn/register", {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: encode(credential.rawId),
          response: {
            attestationObject: encode(response.attestationObject),
            clientDataJSON: encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        },
        label: label
      }
    });
    var result = await json(answer);
    if (!answer.ok || !result.success) {
      return fail(form, result.error || "failed");
    }
    window.location.assign(form.getAttribute("data-done"));
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-passkey]").forEach(function (form) {
      if (!supported()) {
        var button = form.querySelector("button");
        if (button) {
          button.disabled = true;
        }
        fail(form, "unsupported");
        return;
      }
      form.querySelectorAll("[data-passkey-only]").forEach(function (element) {
        element.hidden = false;
      });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var alert = form.querySelector("[role=alert]");
        alert.hidden = true;
        var button = form.querySelector("button");
        if (button) {
          button.disabled = true;
        }
        var run = form.getAttribute("data-passkey") === "register" ? register : signIn;
        run(form).catch(function () {
          fail(form, "failed");
        });
      });
    });
  });
})();
