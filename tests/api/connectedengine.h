#pragma once

#include "enginefixture.h"
#include "service/dmsclient.h"
#include "service/session.h"

namespace godwit::test {

/// A real engine (EngineFixture) and the service layer's DmsClient talking to it with its token, as
/// the console does. Header only: the tests that include it link godwit_service themselves.
struct ConnectedEngine
{
    explicit ConnectedEngine(engine::EngineOptions options = {})
        : engine(std::move(options))
        , tokens(engine.engine().token())
        , session(engine.engine().url(), &tokens)
        , client(session)
    {
    }

    EngineFixture engine;
    service::StaticTokenProvider tokens;
    service::Session session;
    service::DmsClient client;
};

} // namespace godwit::test
