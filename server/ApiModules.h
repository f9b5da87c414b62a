#pragma once

#include "Router.h"
#include "ServerContext.h"

#include <memory>
#include <vector>

namespace WalletDesk::Server {

// Every API module on one router, with the bearer-token check: what a
// server thread serves. The modules must outlive the router's use; the
// returned handles keep them. One list, so that the test holding the routes
// against docs/api.md (tst_serveradmin) sees exactly what the server serves.
std::vector<std::shared_ptr<void>> mountApiModules(const ServerContext &context, Router &router);

} // namespace WalletDesk::Server
