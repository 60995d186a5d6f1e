tokenizer := newTokenizer(options.KeywordSet)
func (s *Server) authMiddleware(next http.Handler) http.Handler {
passwordHash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
keyboardLayout := "qwertz-de-nodeadkeys"
const secretsManagerEndpoint = "secretsmanager.eu-central-1.amazonaws.com"
accessControlAllowOrigin := r.Header.Get("Origin")
apiClient := api.NewClient(api.WithBaseURL(cfg.APIBaseURL), api.WithRetries(3))
