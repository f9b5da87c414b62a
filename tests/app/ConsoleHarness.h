#pragma once

#include "ApiCaller.h"
#include "ConsoleCore.h"
#include "Session.h"
#include "TestServer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// A ConsoleCore pointed at a test server, its cache in a temporary folder.
struct ConsoleHarness
{
    QTemporaryDir dir;
    std::unique_ptr<WalletDesk::ConsoleCore> core;

    bool create(quint16 port, const QString &caFile, int timeoutSeconds = 5)
    {
        WalletDesk::ConsoleSettings settings;
        settings.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        settings.caFile = caFile;
        settings.requestTimeoutSeconds = timeoutSeconds;
        core = std::make_unique<WalletDesk::ConsoleCore>(settings);
        core->setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        return core->init(&error);
    }

    bool signIn(const QString &user, const QString &password)
    {
        core->session()->signIn(user, password);
        return QTest::qWaitFor(
                   [&] {
                       return core->session()->state() != WalletDesk::Session::State::SigningIn;
                   },
                   20000)
            && core->session()->state() == WalletDesk::Session::State::SignedIn;
    }
};

// Counts, through the API, the complaints whose description starts with marker.
inline QMap<QString, int> complaintsOnServer(const TestServer &server, const QString &marker)
{
    ApiCaller api(server.baseUrl(), server.caCertificates());
    api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
    QMap<QString, int> seen;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const auto r = api.get(QStringLiteral("/api/v1/complaints?sort=created&limit=200")
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        for (const auto &item : r.items()) {
            const QString d = item.toObject().value(QStringLiteral("description")).toString();
            if (d.startsWith(marker))
                seen[d]++;
        }
        cursor = r.json.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return seen;
}
