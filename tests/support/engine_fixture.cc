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

}  // namespace tailorcore::testing
