import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard.js';
import { LoginRateLimitInterceptor } from './access/login-rate-limit.interceptor.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { LoginThrottleRepository } from './login/login-throttle.repository.js';
import { SessionRepository } from './session/session.repository.js';
import { SessionService } from './session/session.service.js';
import { AssignedProjects } from './user/assigned-projects.js';
import { UserController } from './user/user.controller.js';
import { UserRepository } from './user/user.repository.js';
import { UserService } from './user/user.service.js';

/**
 * Users, roles, login, sessions and the deny-by-default access guard. Users keep project ids only;
 * codes come from `PROJECT_DIRECTORY`, which the land library provides.
 */
@Module({
  controllers: [AuthController, UserController],
  providers: [
    UserRepository,
    AssignedProjects,
    SessionRepository,
    LoginThrottleRepository,
    SessionService,
    AuthService,
    UserService,
    LoginRateLimitInterceptor,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UserRepository, SessionService, UserService],
})
export class IdentityModule {}
