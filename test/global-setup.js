// Results must not depend on the machine's time zone; tests pin UTC as CI does.
module.exports = () => {
  process.env.TZ = 'UTC';
};
