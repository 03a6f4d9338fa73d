import { LoginThrottle } from './login/login-throttle.entity.js';
import { Session } from './session/session.entity.js';
import { User } from './user/user.entity.js';
import { UserProject } from './user/user-project.entity.js';

export { AccessGuard } from './access/access.guard.js';
export { accountView, AuthService, BAD_CREDENTIALS } from './auth/auth.service.js';
export { burnPasswordCheck, hashPassword, verifyPassword } from './auth/password-hasher.js';
export { checkPasswordPolicy, MIN_PASSWORD_LENGTH } from './domain/password-policy.js';
export { generateTemporaryPassword } from './domain/temporary-password.js';
export { hashSessionToken, newSessionToken } from './domain/session-token.js';
export { IdentityModule } from './identity.module.js';
export { LoginThrottle } from './login/login-throttle.entity.js';
export { Session } from './session/session.entity.js';
export { SESSION_ENDED, SessionService } from './session/session.service.js';
export { User } from './user/user.entity.js';
export { UserProject } from './user/user-project.entity.js';
export { UserRepository } from './user/user.repository.js';
export { actorOfUser, UserActors, UserActorsModule } from './user/user-actors.js';
export { UserService } from './user/user.service.js';
export { userView, type UserView } from './user/user.view.js';
export {
  createUserCommand,
  parseCreateUserArgs,
  standaloneUserService,
  UserCommandError,
  type CreateUserCommandDeps,
  type CreateUserCommandOptions,
} from './user/create-user.command.js';

/** Entities owned by the identity library. */
export const identityEntities = [User, UserProject, Session, LoginThrottle];
