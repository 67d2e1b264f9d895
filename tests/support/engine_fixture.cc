#include "support/engine_fixture.h"

#include <catch2/catch.hpp>

namespace tailorcore::testing {

const Engine& BundledEngine() {
  static const Engine engine = [] {
    auto created = Engine::Create();
    if (!created.ok()) FAIL("Engine::Create: " << created.status().message());
    return std::move(created).value();
  }();
  return engine;
}

const Engine& DatedEngine() {
  static const Engine engine = [] {
    EngineOptions options;
    options.as_of = "2026-06-15";
    auto created = Engine::Create(options);
    if (!created.ok()) FAIL("Engine::Create: " << created.status().message());
    return std::move(created).value();
  }();
  return engine;
}

}  // namespace tailorcore::testing
