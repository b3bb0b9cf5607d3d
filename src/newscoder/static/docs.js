// Starts Swagger UI (served by this server from the swagger-ui-bundle package) on our OpenAPI document.
// validatorUrl: null keeps it from sending the document to the public validator: the page stays offline.
"use strict";
window.addEventListener("DOMContentLoaded", () => {
  window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null, deepLinking: true});
});
